// Collecting an iterator of &i32 (from iter().filter) into Vec<i32> is rejected (E0277); copied() fixes it.
fn main() {
    let v = vec![1, 2, 3, 4];
    let evens: Vec<i32> = v.iter().filter(|&&x| x % 2 == 0).collect();
    println!("{:?}", evens);
}
// error: E0277 at 4:61
