// Counting and moving bits: count_ones, leading and trailing zeros, rotations, byte swaps and bit reversal, at the type's width.
let x: u16 = 0b0000_0001_0110_0000;
println!("{} {} {} {}", x.count_ones(), x.count_zeros(), x.leading_zeros(), x.trailing_zeros());
println!("{} {}", x.rotate_left(10), x.rotate_right(6));
println!("{:#06x} {:#018b}", x.swap_bytes(), x.reverse_bits());
let y: i8 = -1;
println!("{} {} {}", y.count_ones(), y.leading_ones(), y.trailing_ones());
println!("{} {}", 0u64.leading_zeros(), 1u128.trailing_zeros());
// expect: 3 13 7 5
// expect: 32773 32773
// expect: 0x6001 0b0000011010000000
// expect: 8 8 8
// expect: 64 0
