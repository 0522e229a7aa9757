// Sizes and alignments of the types in play, through std::mem::size_of and
// align_of: layout (field reordering, niches in Option) shows here.
import * as T from '../types.mjs';

function sizes(g) {
  const t = g.randomType();
  const f = g.pick(['size_of', 'size_of', 'align_of']);
  g.line(`println!("${f} ${T.name(t)} {}", std::mem::${f}::<${T.name(t)}>());`);
  return true;
}

export default { name: 'sizes', statements: [{ weight: 1, gen: sizes }] };
