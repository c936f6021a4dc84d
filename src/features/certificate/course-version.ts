// The course version a certificate names: the package's version, the one place releases set it.
import { version } from '../../../package.json';

export const COURSE_VERSION = version;
