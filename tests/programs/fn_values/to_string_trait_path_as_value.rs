// `ToString::to_string` named as a value formats each `&i32` into a String of its own.
fn main() {
    let v = vec![1, 20, 300];
    let o: Vec<String> = v.iter().map(ToString::to_string).collect();
    println!("{:?}", o);
}
// expect: ["1", "20", "300"]
