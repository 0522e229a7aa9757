// `& | ^` on bools, their assigning forms, and shifts whose amount is another integer type (and behind a reference).
let t = true;
let f = false;
println!("{} {} {}", t & f, t | f, t ^ t);
let mut flags = false;
flags |= t;
flags &= true;
flags ^= true;
println!("{}", flags);
let amount: u8 = 3;
let one: i64 = 1;
let r = &one;
println!("{} {}", one << amount, r << 2u32);
let mut word: u16 = 0xF0;
word >>= amount;
word <<= 1i8;
word ^= 0xFF;
word |= 0x100;
word &= 0x1F3;
println!("{}", word);
let neg: i8 = -128;
println!("{}", neg >> 7u64);
// expect: false true false
// expect: false
// expect: 8 4
// expect: 451
// expect: -1
