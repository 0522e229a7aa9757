// Cloning a Result clones its payload: an Err(String) gets a String of its own, and both are freed once.
let e: Result<i32, String> = Err(String::from("odd"));
let c = e.clone();
println!("{:?} {:?}", e, c);
let n = e.clone().unwrap_or_else(|msg| msg.len() as i32);
println!("{}", n);
// expect: Err("odd") Err("odd")
// expect: 3
