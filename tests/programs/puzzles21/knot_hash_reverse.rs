// AoC 2017 day 10: the knot hash (two rounds here, not 64), reversing circular sublists, then dense hash by XOR and hex formatting.
fn round(list: &mut Vec<u8>, lengths: &[usize], pos: &mut usize, skip: &mut usize) {
    let n = list.len();
    for &len in lengths {
        for i in 0..len / 2 {
            let a = (*pos + i) % n;
            let b = (*pos + len - 1 - i) % n;
            list.swap(a, b);
        }
        *pos = (*pos + len + *skip) % n;
        *skip += 1;
    }
}

fn knot_hash(input: &str) -> String {
    let mut lengths: Vec<usize> = input.bytes().map(|b| b as usize).collect();
    lengths.extend_from_slice(&[17, 31, 73, 47, 23]);
    let mut list: Vec<u8> = (0..=255).collect();
    let (mut pos, mut skip) = (0, 0);
    for _ in 0..2 {
        round(&mut list, &lengths, &mut pos, &mut skip);
    }
    list.chunks(16)
        .map(|block| block.iter().fold(0u8, |acc, &x| acc ^ x))
        .map(|x| format!("{:02x}", x))
        .collect()
}

fn main() {
    let mut small: Vec<u8> = (0..5).collect();
    let (mut pos, mut skip) = (0, 0);
    round(&mut small, &[3, 4, 1, 5], &mut pos, &mut skip);
    println!("{:?} -> {}", small, small[0] as u32 * small[1] as u32);
    for s in ["", "AoC 2017", "1,2,3"] {
        println!("{:?}: {}", s, knot_hash(s));
    }
}
// expect: [3, 4, 2, 1, 0] -> 12
// expect: "": 1c00200056960000d20028706c381032
// expect: "AoC 2017": be916236f0fab6362e10325e00bde6f8
// expect: "1,2,3": e0ac3036d5c9cb88002b42c44f11d83e
