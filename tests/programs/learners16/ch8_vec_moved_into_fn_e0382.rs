// Passing a Vec by value to a function and printing it afterwards: E0382 borrow of moved value.
fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(v));
    println!("{:?}", v);
}
// error: E0382 at 9:22
