// Rustlings-style: doubling a Vec in place with iter_mut and into a new Vec with map/collect.
fn array_and_vec() -> ([i32; 4], Vec<i32>) {
    let a = [10, 20, 30, 40];
    let v = vec![10, 20, 30, 40];
    (a, v)
}

fn vec_loop(input: &[i32]) -> Vec<i32> {
    let mut output = Vec::new();
    for element in input {
        output.push(2 * element);
    }
    output
}

fn vec_map(input: &[i32]) -> Vec<i32> {
    input.iter().map(|element| 2 * element).collect()
}

fn main() {
    let (a, v) = array_and_vec();
    println!("{:?} {:?} {}", a, v, a == v[..]);
    let input: Vec<i32> = (1..6).collect();
    println!("{:?}", vec_loop(&input));
    println!("{:?}", vec_map(&input));
    let mut w = vec![1, 2, 3];
    for x in w.iter_mut() {
        *x *= 2;
    }
    println!("{:?}", w);
}
// expect: [10, 20, 30, 40] [10, 20, 30, 40] true
// expect: [2, 4, 6, 8, 10]
// expect: [2, 4, 6, 8, 10]
// expect: [2, 4, 6]
