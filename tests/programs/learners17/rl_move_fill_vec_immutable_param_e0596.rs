// Rustlings-style: pushing onto a by-value parameter not declared `mut` is E0596.
fn fill_vec(vec: Vec<i32>) -> Vec<i32> {
    vec.push(88);
    vec
}

fn main() {
    let vec0 = vec![22, 44, 66];
    let vec1 = fill_vec(vec0);
    println!("{:?}", vec1);
}
// error: E0596 at 3:5
