// Closures of different types live in one Vec as `Box<dyn Fn>`: each element a 16-byte fat pointer.
let k = 3;
let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * k)];
for f in &ops {
    println!("{}", f(5));
}
println!("{}", std::mem::size_of_val(&ops[1]));
// expect: 6
// expect: 15
// expect: 16
