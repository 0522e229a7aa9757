// Collecting an iterator of &i32 into Vec<i32> is E0277 (Vec<i32> cannot be built from &i32 items).
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().collect();
    println!("{:?}", w);
}
// error: E0277 at 4:32
