// sort_unstable_by with a reversed comparison sorts from largest to smallest, in place.
let mut v = [4u8, 1, 7, 7, 2];
v.sort_unstable_by(|a, b| b.cmp(a));
println!("{v:?}");
// expect: [7, 7, 4, 2, 1]
