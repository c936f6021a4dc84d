/** Build-time settings a hosting organisation may give (see docs/deploy.md). */
interface ImportMetaEnv {
  /** Where this site publishes the one-file course for USB sticks, e.g. `qorgau.html`. */
  readonly VITE_SINGLE_FILE_URL?: string;
}
