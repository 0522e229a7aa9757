// size_of and align_of for enums and Option/Result over niche-bearing and plain payloads, as rustc lays them out.
use std::mem::{align_of, size_of};

#[allow(dead_code)]
enum Tiny { A, B, C }
#[allow(dead_code)]
enum Wide { A(u64), B(u8) }
#[allow(dead_code)]
enum Mixed { Unit, Pair(u16, u16), Flag(bool) }
#[allow(dead_code)]
enum WithString { Name(String), Nothing }
#[allow(dead_code)]
enum Big { Neg = -1, Large = 300 }

fn main() {
    println!("Tiny {} {}", size_of::<Tiny>(), align_of::<Tiny>());
    println!("Option<Tiny> {}", size_of::<Option<Tiny>>());
    println!("Wide {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Option<Wide> {}", size_of::<Option<Wide>>());
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("WithString {}", size_of::<WithString>());
    println!("Option<WithString> {}", size_of::<Option<WithString>>());
    println!("Big {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Option<u32> {} {}", size_of::<Option<u32>>(), align_of::<Option<u32>>());
    println!("Option<&u64> {}", size_of::<Option<&u64>>());
    println!("Option<Box<u8>> {}", size_of::<Option<Box<u8>>>());
    println!("Option<Vec<u8>> {}", size_of::<Option<Vec<u8>>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Result<u8, bool> {}", size_of::<Result<u8, bool>>());
    println!("Result<u64, ()> {}", size_of::<Result<u64, ()>>());
    println!("Result<String, u32> {}", size_of::<Result<String, u32>>());
    println!("Option<(u8, bool)> {}", size_of::<Option<(u8, bool)>>());
    println!("Option<[u16; 3]> {}", size_of::<Option<[u16; 3]>>());
    println!("Option<&str> {}", size_of::<Option<&str>>());
}
// expect: Tiny 1 1
// expect: Option<Tiny> 1
// expect: Wide 16 8
// expect: Option<Wide> 16
// expect: Mixed 6 2
// expect: WithString 24
// expect: Option<WithString> 24
// expect: Big 2 2
// expect: Option<u32> 8 4
// expect: Option<&u64> 8
// expect: Option<Box<u8>> 8
// expect: Option<Vec<u8>> 24
// expect: Option<char> 4
// expect: Option<Option<bool>> 1
// expect: Result<u8, bool> 2
// expect: Result<u64, ()> 16
// expect: Result<String, u32> 24
// expect: Option<(u8, bool)> 2
// expect: Option<[u16; 3]> 8
// expect: Option<&str> 16
