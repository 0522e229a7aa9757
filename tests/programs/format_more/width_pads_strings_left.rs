// `{:5}` pads a string to width 5, left-aligned by default.
fn main() {
    println!("[{:5}]", "ab");
    println!("[{:5}]", 'c');
    println!("[{:3}]", "toolong");
}
// expect: [ab   ]
// expect: [c    ]
// expect: [toolong]
