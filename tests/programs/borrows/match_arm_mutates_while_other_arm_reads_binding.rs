// One arm of a `match` changes the Vec while another arm reads the reference its pattern bound: the arms exclude each other, so the reference is not live in the arm that changes the Vec and rustc accepts it.
fn main() {
    let mut v = vec![0, 1];
    match v.get(0) {
        Some(0) => {
            v[0] = 5;
        }
        Some(x) => println!("{}", x),
        None => {}
    }
    println!("{:?}", v);
}
// expect: [5, 1]
