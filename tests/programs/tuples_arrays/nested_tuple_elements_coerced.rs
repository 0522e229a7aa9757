// Coercion reaches elements of nested tuples and slices: `&String` to `&str`, `&Vec<i32>` to `&[i32]`.
let s = String::from("in");
let v = vec![1, 2];
let t: ((&str, i32), &[i32]) = ((&s, 1), &v);
println!("{:?}", t);
// expect: (("in", 1), [1, 2])
