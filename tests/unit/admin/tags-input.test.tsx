/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { useState } from 'react';

import { fireEvent, screen } from '@testing-library/react';

import { TagsInput } from '../../../admin/src/components/TagsInput';

import { renderWithProviders } from './render';

/** The field as the Content Manager holds it: the value, changed through onChange. */
const Harness = ({ initial, onChange }: { initial: unknown; onChange: jest.Mock }) => {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <TagsInput
      name="tags"
      label="Tags"
      value={value}
      onChange={(name, next) => {
        onChange(name, next);
        setValue(next);
      }}
    />
  );
};

const chips = () =>
  screen
    .queryAllByRole('button', { name: /^Remove tag / })
    .map((b) => b.getAttribute('aria-label'));
const input = () => screen.getByPlaceholderText('Add a tag and press Enter');

describe('TagsInput', () => {
  it('shows the stored tags as chips; null is none', () => {
    renderWithProviders(<Harness initial={null} onChange={jest.fn()} />);
    expect(chips()).toEqual([]);
  });

  it('adds a tag on Enter and on a comma, without submitting the form', () => {
    const onChange = jest.fn();
    const submit = jest.fn((event: Event) => event.preventDefault());
    renderWithProviders(
      <form onSubmit={(event) => submit(event.nativeEvent)}>
        <Harness initial={['Oil']} onChange={onChange} />
      </form>
    );
    fireEvent.change(input(), { target: { value: 'Energy' } });
    const enter = fireEvent.keyDown(input(), { key: 'Enter' });
    expect(enter).toBe(false); // default prevented
    expect(onChange).toHaveBeenLastCalledWith('tags', ['Oil', 'Energy']);
    expect(input()).toHaveValue('');

    fireEvent.change(input(), { target: { value: 'Gas, Coal,Wind' } });
    expect(onChange).toHaveBeenLastCalledWith('tags', ['Oil', 'Energy', 'Gas', 'Coal']);
    expect(input()).toHaveValue('Wind');
    fireEvent.blur(input());
    expect(chips()).toEqual([
      'Remove tag Oil',
      'Remove tag Energy',
      'Remove tag Gas',
      'Remove tag Coal',
      'Remove tag Wind',
    ]);
    expect(submit).not.toHaveBeenCalled();
  });

  it('says why a tag is not added', () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness initial={['Oil']} onChange={onChange} />);
    fireEvent.change(input(), { target: { value: 'oil' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('tags-notice')).toHaveTextContent('That tag is already there.');
  });

  it('removes a tag with its button, and the last one with Backspace in the empty field', () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness initial={['Oil', 'Gas', 'Coal']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag Gas' }));
    expect(onChange).toHaveBeenLastCalledWith('tags', ['Oil', 'Coal']);
    expect(screen.getByTestId('tags-notice')).toHaveTextContent('Tag “Gas” removed.');
    expect(input()).toHaveFocus();

    fireEvent.keyDown(input(), { key: 'Backspace' });
    expect(onChange).toHaveBeenLastCalledWith('tags', ['Oil']);
    fireEvent.change(input(), { target: { value: 'x' } });
    fireEvent.keyDown(input(), { key: 'Backspace' });
    expect(chips()).toEqual(['Remove tag Oil']);
  });
});
