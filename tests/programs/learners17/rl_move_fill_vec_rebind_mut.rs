// Rustlings-style: a by-value Vec parameter rebound `let mut` and pushed, then the caller's clone kept.
fn fill_vec(vec: Vec<i32>) -> Vec<i32> {
    let mut vec = vec;
    vec.push(88);
    vec
}

fn fill_vec_mut_param(mut vec: Vec<i32>) -> Vec<i32> {
    vec.push(99);
    vec
}

fn main() {
    let vec0 = vec![22, 44, 66];
    let vec1 = fill_vec(vec0.clone());
    println!("{:?} has length {}", vec0, vec0.len());
    println!("{:?} has length {}", vec1, vec1.len());
    let vec2 = fill_vec_mut_param(vec1);
    println!("{:?}", vec2);
}
// expect: [22, 44, 66] has length 3
// expect: [22, 44, 66, 88] has length 4
// expect: [22, 44, 66, 88, 99]
