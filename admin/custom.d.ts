// Ambient declarations for the admin build. @strapi/design-system and @strapi/icons ship their own types.
