// Labeled loops: `break 'outer` leaves both loops, `continue 'outer` skips to the outer's next turn.
fn main() {
    let mut count = 0;
    'outer: loop {
        println!("Entered the outer loop");
        'inner: loop {
            println!("Entered the inner loop");
            count += 1;
            if count < 2 {
                break 'inner;
            }
            break 'outer;
        }
        println!("This point is reached once");
    }
    println!("Exited the outer loop");
    'rows: for i in 0..4 {
        for j in 0..4 {
            if j > i {
                continue 'rows;
            }
            if i == 3 {
                break 'rows;
            }
            print!("({i},{j}) ");
        }
    }
    println!();
}
// expect: Entered the outer loop
// expect: Entered the inner loop
// expect: This point is reached once
// expect: Entered the outer loop
// expect: Entered the inner loop
// expect: Exited the outer loop
// expect: (0,0) (1,0) (1,1) (2,0) (2,1) (2,2) 
