// find on iter() hands the closure an &&i32: the pattern `|x| x == 2` compares a reference with an integer (E0277).
fn main() {
    let vec1 = vec![1, 2, 3];
    println!("{:?}", vec1.iter().find(|x| x == 2));
}
// error: E0277 at 4:45
