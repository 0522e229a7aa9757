// A char's `to_uppercase()` is an iterator over its mapping: 'ß' becomes the two chars "SS", collected exactly.
let v: Vec<char> = 'ß'.to_uppercase().collect();
println!("{:?} {}", v, v.capacity());
let a = 'a'.to_uppercase().next();
println!("{:?}", a);
// expect: ['S', 'S'] 2
// expect: Some('A')
