// Slice and iterator adaptors together: windows, chunks, scan, take_while, position, enumerate+filter, rev+step_by, fold, peekable.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let windows: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", windows);
    for chunk in v.chunks(3) {
        println!("chunk {:?} sum {}", chunk, chunk.iter().sum::<i32>());
    }
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", running);
    let firsts: Vec<_> = v.iter().take_while(|&&x| x < 5).collect();
    println!("{:?}", firsts);
    let pos = v.iter().position(|&x| x == 9);
    println!("{:?}", pos);
    let evens_idx: Vec<(usize, &i32)> = v.iter().enumerate().filter(|(_, x)| *x % 2 == 0).collect();
    println!("{:?}", evens_idx);
    let rev_step: Vec<i32> = (0..20).rev().step_by(5).collect();
    println!("{:?}", rev_step);
    let max = v.iter().copied().fold(i32::MIN, i32::max);
    println!("{}", max);
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            if next < *x { print!("{}> ", x); }
        }
    }
    println!();
}
// expect: [-2, 3, -3, 4, 4, -7, 4]
// expect: chunk [3, 1, 4] sum 8
// expect: chunk [1, 5, 9] sum 15
// expect: chunk [2, 6] sum 8
// expect: [3, 4, 8, 9, 14, 23, 25, 31]
// expect: [3, 1, 4, 1]
// expect: Some(5)
// expect: [(2, 4), (6, 2), (7, 6)]
// expect: [19, 14, 9, 4]
// expect: 9
// expect: 3> 4> 9> 
