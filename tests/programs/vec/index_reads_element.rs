// `v[i]` reads the element at index i, counting from 0.
fn main() {
    let v = vec![10, 20, 30];
    println!("{} {} {}", v[0], v[1], v[2]);
    let i = v.len() - 1;
    println!("{}", v[i]);
}
// expect: 10 20 30
// expect: 30
