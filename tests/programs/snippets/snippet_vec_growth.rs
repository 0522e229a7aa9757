// A snippet can grow a Vec and print its capacity after each push.
let mut v: Vec<u8> = Vec::new();
v.push(1);
println!("{}", v.capacity());
v.push(2);
v.push(3);
println!("{:?} {}", v, v.capacity());
// expect: 8
// expect: [1, 2, 3] 8
