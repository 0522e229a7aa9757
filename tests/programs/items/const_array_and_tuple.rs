// Constants may be arrays, tuples and structs built from literals; indexing a const array copies it first.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const PAIR: (i32, char) = (-4, 'z');

fn main() {
    let mut p = ORIGIN;
    p.x += 5;
    println!("{:?} {:?}", p, ORIGIN);
    println!("{}", PRIMES[3] * 2);
    println!("{} {}", PAIR.0, PAIR.1);
    let sum: u32 = PRIMES.iter().sum();
    println!("{}", sum);
}
// expect: Point { x: 5, y: 0 } Point { x: 0, y: 0 }
// expect: 14
// expect: -4 z
// expect: 28
