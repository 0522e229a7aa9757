// Ranges with rev, step_by, skip and enumerate, the learner printing a table of each.
fn main() {
    for i in (0..10).step_by(3) {
        print!("{} ", i);
    }
    println!();
    for i in (1..=5).rev() {
        print!("{} ", i);
    }
    println!("liftoff");
    let letters = ['a', 'b', 'c', 'd', 'e'];
    for (i, c) in letters.iter().enumerate().skip(1).step_by(2) {
        println!("{} -> {}", i, c);
    }
    let evens: Vec<usize> = (0..20).skip(5).step_by(5).collect();
    println!("{:?}", evens);
    let count = (1..=100).filter(|n| n % 7 == 0).count();
    println!("multiples of 7 up to 100: {}", count);
}
// expect: 0 3 6 9 
// expect: 5 4 3 2 1 liftoff
// expect: 1 -> b
// expect: 3 -> d
// expect: [5, 10, 15]
// expect: multiples of 7 up to 100: 14
