// A slice's `to_vec` is named as not supported, never an E0599 saying the slice has no such method.
let v = vec![1, 2, 3, 4];
let first_two = v[..2].to_vec();
println!("{:?}", first_two);
// expect: [1, 2]
// unsupported: the method `to_vec`
