// `{:>width$}` takes the width from a named argument; `{:>1$}` from a positional one.
fn main() {
    let width = 8;
    println!("[{:>width$}]", "right", width = width);
    println!("[{:>1$}]", 42, 6);
    println!("[{:^w$}]", "mid", w = 7);
    println!("[{:.*}]", 2, 1.23456);
}
// expect: [   right]
// expect: [    42]
// expect: [  mid  ]
// expect: [1.23]
