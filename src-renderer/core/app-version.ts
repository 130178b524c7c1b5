/** Version of this app; a test keeps it equal to package.json. Written into the database and every exported file. */
export const APP_VERSION = '0.1.0';
