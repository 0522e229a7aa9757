// Vec::extend with a slice's iter() copies the referenced elements (Extend<&T> for Copy T), reserving their count first.
let mut v: Vec<u8> = Vec::with_capacity(2);
v.push(1);
let more = [2u8, 3, 4];
v.extend(more.iter());
v.extend(&more[..1]);
println!("{:?} cap {}", v, v.capacity());
// expect: [1, 2, 3, 4, 2] cap 8
