// `v[0] = 2` on a Vec calls IndexMut with `&mut v`, so on a binding not declared `mut` it is E0596, where an array's own indexing is E0594.
let v = vec![1];
v[0] = 2;
println!("{:?}", v);
// error: E0596 at 3:1
