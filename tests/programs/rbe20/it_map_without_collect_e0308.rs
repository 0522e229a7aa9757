// A Map adapter assigned to a Vec without collect: E0308.
fn main() {
    let v: Vec<u32> = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2);
    println!("{:?}", doubled);
    let c: Vec<u32> = v.iter().map(|x| x + 1);
}
// error: E0308 at 6:23
