// A closure's size is its captures': a reference per variable it borrows, the values it moves in, laid out as a struct.
let a = 1u8;
let b = String::from("hi");
let c = 5u64;
let by_ref = || a as usize + b.len() + c as usize;
println!("{}", std::mem::size_of_val(&by_ref));
println!("{}", by_ref());
let by_value = move || a as usize + b.len() + c as usize;
println!("{}", std::mem::size_of_val(&by_value));
println!("{}", by_value());
let nothing = || 42;
println!("{}", std::mem::size_of_val(&nothing));
// expect: 24
// expect: 8
// expect: 40
// expect: 8
// expect: 0
