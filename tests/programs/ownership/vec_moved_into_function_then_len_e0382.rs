// Passing a Vec by value moves it; calling `.len()` on it afterwards is E0382.
fn total(v: Vec<i32>) -> i32 {
    let mut t = 0;
    for x in v {
        t += x;
    }
    t
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(v));
    println!("{}", v.len());
}
// error: E0382 at 13:20
