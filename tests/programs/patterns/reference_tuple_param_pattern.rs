// A function parameter pattern `&(x, y)` copies both numbers out of a borrowed tuple.
fn print_coordinates(&(x, y): &(i32, i32)) {
    println!("current location: ({}, {})", x, y);
}

fn sum_pairs(pairs: &[(i32, i32)]) -> i32 {
    let mut total = 0;
    for &(a, b) in pairs {
        total += a * b;
    }
    total
}

fn main() {
    let point = (3, 5);
    print_coordinates(&point);
    println!("{}", sum_pairs(&[(1, 2), (3, 4)]));
}
// expect: current location: (3, 5)
// expect: 14
