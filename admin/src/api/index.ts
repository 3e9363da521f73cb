export { createNewsroomApi, type HistoryPage, type HttpClient, type NewsroomApi } from './newsroom';
export {
  fieldErrorsOf,
  sourceErrorsOf,
  toRequestFailure,
  UnexpectedResponseError,
  type FailureKind,
  type RequestFailure,
  type SourceError,
} from './errors';
