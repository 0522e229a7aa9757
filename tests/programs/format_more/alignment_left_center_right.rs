// `<`, `^` and `>` choose left, centre and right alignment within the width.
fn main() {
    println!("[{:<6}]", "ab");
    println!("[{:^6}]", "ab");
    println!("[{:>6}]", "ab");
    println!("[{:^5}]", "ab");
    println!("[{:<4}|{:^4}|{:>4}]", 1, 2, 3);
}
// expect: [ab    ]
// expect: [  ab  ]
// expect: [    ab]
// expect: [ ab  ]
// expect: [1   | 2  |   3]
