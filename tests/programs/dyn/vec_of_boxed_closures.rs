// A `Vec<Box<dyn Fn(i32) -> i32>>` holds closures of different types (capturing nothing, or a String's length); each is called in turn.
fn main() {
    let name = String::from("abc");
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x * 2),
        Box::new(move |x| x + name.len() as i32),
    ];
    for op in ops.iter() {
        println!("{}", op(5));
    }
}
// expect: 10
// expect: 8
