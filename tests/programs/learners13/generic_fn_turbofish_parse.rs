// Turbofish on parse and collect, and a generic function called with explicit type arguments.
fn make_vec<T: Default + Clone>(n: usize) -> Vec<T> {
    vec![T::default(); n]
}

fn main() {
    let n = "42".parse::<i64>().unwrap();
    let f = "2.5".parse::<f32>().unwrap();
    println!("{} {}", n * 2, f * 2.0);
    let bools = make_vec::<bool>(3);
    let strings = make_vec::<String>(2);
    println!("{:?} {:?}", bools, strings);
    let digits = "1 2 3".split(' ').map(|s| s.parse::<u8>().unwrap()).collect::<Vec<u8>>();
    println!("{:?}", digits);
    let total = digits.iter().map(|&d| d as u32).sum::<u32>();
    println!("{}", total);
}
// expect: 84 5
// expect: [false, false, false] ["", ""]
// expect: [1, 2, 3]
// expect: 6
