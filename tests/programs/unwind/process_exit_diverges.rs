// std::process::exit returns `!`: it can end an arm whose other arm has a value, and the status is its argument's low byte.
fn main() {
    let args = vec![String::from("prog")];
    let n: usize = if args.len() == 1 {
        args[0].len()
    } else {
        std::process::exit(2)
    };
    println!("{}", n);
    let _kept = String::from("kept");
    std::process::exit(256 + 7);
}

// expect: 4
// exit: 7
