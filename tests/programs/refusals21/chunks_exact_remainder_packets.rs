// chunks_exact(n) kept: full chunks only, the leftover bytes in `remainder()` (cut off when it is made, so it borrows the slice, not the iterator), std's ChunksExact { v, rem, chunk_size }.
fn main() {
    let bytes = vec![0x10u8, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70];
    let mut packets = bytes.chunks_exact(3);
    let leftover = packets.remainder();
    println!("{:?}", packets);
    while let Some(p) = packets.next() {
        let value = p.iter().fold(0u32, |acc, &b| acc * 256 + b as u32);
        println!("{:?} -> {}", p, value);
    }
    println!("{:?} leftover {:?}", packets, leftover);
    let words: Vec<&str> = vec!["a", "b", "c", "d"];
    let pairs = words.chunks_exact(2);
    println!("{} pairs, remainder {:?}", pairs.clone().count(), pairs.remainder());
    let zipped: Vec<(&[&str], &[u8])> = pairs.zip(bytes.chunks(3)).collect();
    println!("{:?}", zipped);
}
// expect: ChunksExact { v: [16, 32, 48, 64, 80, 96], rem: [112], chunk_size: 3 }
// expect: [16, 32, 48] -> 1056816
// expect: [64, 80, 96] -> 4214880
// expect: ChunksExact { v: [], rem: [112], chunk_size: 3 } leftover [112]
// expect: 2 pairs, remainder []
// expect: [(["a", "b"], [16, 32, 48]), (["c", "d"], [64, 80, 96])]
