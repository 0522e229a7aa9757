// zip of something not iterable (a number) is rustc's E0277 at the method's name, not at the argument.
fn main() {
    let v = vec![1, 2];
    let n = v.iter().zip(5).count();
    println!("{}", n);
}
// error: E0277 at 4:22
