// A filter closure returning an integer instead of bool is E0308.
fn main() {
    let v = vec![1, 2, 3];
    let evens: Vec<&i32> = v.iter().filter(|x| *x % 2).collect();
    println!("{:?}", evens);
}
// error: E0308 at 4:48
