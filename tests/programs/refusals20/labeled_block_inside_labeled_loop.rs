// A labeled block inside a labeled for loop: `break 'blk` skips the rest of the block and `break 'outer` leaves the loop from inside it.
fn main() {
    let mut n = 0;
    'outer: for i in 0..5 {
        'blk: {
            if i % 2 == 0 { break 'blk; }
            if i == 3 { break 'outer; }
            n += i;
        }
        n += 10;
    }
    println!("{}", n);
}
// expect: 31
