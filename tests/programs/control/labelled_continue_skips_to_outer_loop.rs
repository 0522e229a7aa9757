// `continue 'outer` jumps to the next iteration of the labelled outer loop, skipping the rest of its body.
fn main() {
    'outer: for i in 1..4 {
        for j in 1..4 {
            if j > i {
                continue 'outer;
            }
            println!("({i},{j})");
        }
        println!("row {i} complete");
    }
    println!("finished");
}
// expect: (1,1)
// expect: (2,1)
// expect: (2,2)
// expect: (3,1)
// expect: (3,2)
// expect: (3,3)
// expect: row 3 complete
// expect: finished
