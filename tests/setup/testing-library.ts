import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core CI machine a
// render can take longer, and a timeout there would be a false failure.
configure({ asyncUtilTimeout: 5_000 });
