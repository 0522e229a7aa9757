// size_of and align_of of std's owning collections, and of an Option and a Result around each, as rustc 1.95 lays them out.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::mem::{align_of, size_of};

fn main() {
    println!("String {} {} {} {}", size_of::<String>(), align_of::<String>(), size_of::<Option<String>>(), size_of::<Result<String, ()>>());
    println!("Vec<u8> {} {} {} {}", size_of::<Vec<u8>>(), align_of::<Vec<u8>>(), size_of::<Option<Vec<u8>>>(), size_of::<Result<(), Vec<u8>>>());
    println!("VecDeque<i32> {} {} {} {}", size_of::<VecDeque<i32>>(), align_of::<VecDeque<i32>>(), size_of::<Option<VecDeque<i32>>>(), size_of::<Option<Option<VecDeque<u8>>>>());
    println!("HashMap<String, i32> {} {} {} {}", size_of::<HashMap<String, i32>>(), align_of::<HashMap<String, i32>>(), size_of::<Option<HashMap<String, i32>>>(), size_of::<Result<HashMap<String, i32>, String>>());
    println!("HashSet<u8> {} {} {}", size_of::<HashSet<u8>>(), align_of::<HashSet<u8>>(), size_of::<Option<HashSet<u8>>>());
    println!("BTreeMap<i32, i32> {} {} {} {}", size_of::<BTreeMap<i32, i32>>(), align_of::<BTreeMap<i32, i32>>(), size_of::<Option<BTreeMap<i32, i32>>>(), size_of::<Result<BTreeMap<i32, i32>, u8>>());
    println!("BTreeSet<String> {} {} {}", size_of::<BTreeSet<String>>(), align_of::<BTreeSet<String>>(), size_of::<Option<BTreeSet<String>>>());
    println!("(String, Vec<u8>, bool) {} {}", size_of::<(String, Vec<u8>, bool)>(), size_of::<Option<(String, Vec<u8>, bool)>>());
    println!("[Option<String>; 3] {}", size_of::<[Option<String>; 3]>());
}
// expect: String 24 8 24 24
// expect: Vec<u8> 24 8 24 24
// expect: VecDeque<i32> 32 8 32 32
// expect: HashMap<String, i32> 48 8 48 48
// expect: HashSet<u8> 48 8 48
// expect: BTreeMap<i32, i32> 24 8 32 32
// expect: BTreeSet<String> 24 8 32
// expect: (String, Vec<u8>, bool) 56 56
// expect: [Option<String>; 3] 72
