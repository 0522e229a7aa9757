// ExactSizeIterator's `len` on a kept iterator is named as not supported yet, never an E0599.
let v = vec![1, 2, 3];
let it = v.iter();
println!("{}", it.len());
// expect: 3
// unsupported: the method `len` of
