// Functions returning impl Iterator<Item = u32>: evens below n and squares of a slice, consumed by callers.
fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn squares(v: &[u32]) -> impl Iterator<Item = u32> + '_ {
    v.iter().map(|x| x * x)
}

fn main() {
    let e: Vec<u32> = evens(10).collect();
    println!("evens: {:?}", e);
    for s in squares(&[1, 2, 3]) {
        println!("square {}", s);
    }
    let total: u32 = evens(7).sum();
    println!("sum of evens below 7: {}", total);
    let mut it = evens(5);
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
}
// expect: evens: [0, 2, 4, 6, 8]
// expect: square 1
// expect: square 4
// expect: square 9
// expect: sum of evens below 7: 12
// expect: Some(0) Some(2) Some(4) None
