// Rust-by-Example-style: labelled `'outer` loops with break/continue, a loop returning a value, and `n @ 13..=19` bindings.
fn age() -> u32 {
    15
}

fn main() {
    'outer: loop {
        println!("Entered the outer loop");
        #[allow(unused_labels)]
        'inner: loop {
            println!("Entered the inner loop");
            break 'outer;
        }
    }
    println!("Exited the outer loop");

    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result {}", result);

    'rows: for r in 0..4 {
        for c in 0..4 {
            if c > r {
                continue 'rows;
            }
            if r == 3 {
                break 'rows;
            }
            print!("({},{}) ", r, c);
        }
    }
    println!();

    match age() {
        0 => println!("I haven't celebrated my first birthday yet"),
        n @ 1..=12 => println!("I'm a child of age {:?}", n),
        n @ 13..=19 => println!("I'm a teen of age {:?}", n),
        n => println!("I'm an old person of age {:?}", n),
    }
}
// expect: Entered the outer loop
// expect: Entered the inner loop
// expect: Exited the outer loop
// expect: result 20
// expect: (0,0) (1,0) (1,1) (2,0) (2,1) (2,2) 
// expect: I'm a teen of age 15
